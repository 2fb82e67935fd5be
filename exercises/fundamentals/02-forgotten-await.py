import asyncio

async def save_draft(text):
    await asyncio.sleep(0.5)
    print(f"saved draft: {text!r}")

async def main():
    print("editing...")
    save_draft("Dear team,")
    print("closing editor")

asyncio.run(main())
