import asyncio

async def send_welcome_email(user):
    print(f"connecting to mail server for {user}")
    await asyncio.sleep(1)
    print(f"welcome email sent to {user}")

async def sign_up(user):
    asyncio.create_task(send_welcome_email(user))
    print(f"account created for {user}")

async def main():
    await sign_up("ada")
    await asyncio.sleep(0.5)
    print("sign-up request finished")

asyncio.run(main())
