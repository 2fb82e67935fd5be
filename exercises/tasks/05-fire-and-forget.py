import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def send_welcome_email(user):
    log(f"connecting to mail server for {user}")
    await asyncio.sleep(1)
    log(f"welcome email sent to {user}")

async def sign_up(user):
    asyncio.create_task(send_welcome_email(user))
    log(f"account created for {user}")

async def main():
    await sign_up("ada")
    await asyncio.sleep(0.5)
    log("sign-up request finished")

asyncio.run(main())
