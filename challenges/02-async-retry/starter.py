import asyncio


def async_retry(max_attempts=3, backoff=1.0, exceptions=(ConnectionError,)):
    def decorate(func):
        async def wrapper(*args, **kwargs):
            # Call `await func(*args, **kwargs)`; on one of `exceptions`, wait and retry.
            ...
        return wrapper
    return decorate
