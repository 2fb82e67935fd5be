import asyncio

balance = 100
account_lock = asyncio.Lock()

async def withdraw(who, amount):
    global balance
    print(f"{who} asks for the lock")
    async with account_lock:
        current = balance
        print(f"{who} sees a balance of {current}")
        await asyncio.sleep(0.5)  # the fraud check talks to another service
        balance = current - amount
        print(f"{who} withdrew {amount}, balance now {balance}")

async def main():
    await asyncio.gather(withdraw("alice", 30), withdraw("bob", 50))
    print(f"final balance: {balance}")

asyncio.run(main())
