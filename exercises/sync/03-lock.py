import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

balance = 100
account_lock = asyncio.Lock()

async def withdraw(who, amount):
    global balance
    log(f"{who} asks for the lock")
    async with account_lock:
        current = balance
        log(f"{who} sees a balance of {current}")
        await asyncio.sleep(0.5)  # the fraud check talks to another service
        balance = current - amount
        log(f"{who} withdrew {amount}, balance now {balance}")

async def main():
    await asyncio.gather(withdraw("alice", 30), withdraw("bob", 50))
    log(f"final balance: {balance}")

asyncio.run(main())
