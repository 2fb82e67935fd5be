import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

balance = 100

async def withdraw(who, amount):
    global balance
    current = balance
    log(f"{who} sees a balance of {current}")
    await asyncio.sleep(0.5)  # the fraud check talks to another service
    balance = current - amount
    log(f"{who} withdrew {amount}, balance now {balance}")

async def main():
    await asyncio.gather(withdraw("alice", 30), withdraw("bob", 50))
    log(f"final balance: {balance} (the bank expected 20)")

asyncio.run(main())
