import asyncio
import time


def async_retry(max_attempts=3, backoff=1.0, exceptions=(ConnectionError,)):
    def decorate(func):
        async def wrapper(*args, **kwargs):
            for attempt in range(max_attempts):
                try:
                    return await func(*args, **kwargs)
                except exceptions:
                    if attempt == max_attempts - 1:
                        raise
                    time.sleep(backoff * 2 ** attempt)
        return wrapper
    return decorate
