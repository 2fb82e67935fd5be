import asyncio

async def load(name, seconds):
    print(f"loading {name}")
    await asyncio.sleep(seconds)
    return f"{name} loaded"

print("program starts")
settings = asyncio.run(load("settings", 0.5))
print(f"first run returned {settings}")
profile = asyncio.run(load("profile", 1))
print(f"second run returned {profile}")
