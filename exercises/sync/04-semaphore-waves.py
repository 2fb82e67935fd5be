import asyncio

async def render(shot, render_slots):
    if render_slots.locked():
        print(f"{shot} waits for a slot")
    async with render_slots:
        print(f"{shot} rendering")
        await asyncio.sleep(1)

async def main():
    render_slots = asyncio.Semaphore(2)
    shots = ("intro", "chase", "duel", "escape", "credits")
    await asyncio.gather(*(render(shot, render_slots) for shot in shots))
    print("all shots rendered")

asyncio.run(main())
