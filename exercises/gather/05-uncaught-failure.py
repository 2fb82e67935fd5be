import asyncio
import time

START = time.perf_counter()

def log(message):
    print(f"{time.perf_counter() - START:.2f}s  {message}")

async def migrate(table, seconds):
    log(f"migrating {table}")
    await asyncio.sleep(seconds)
    if table == "invoices":
        raise KeyError(table)
    log(f"{table} migrated")

async def main():
    await asyncio.gather(
        migrate("users", 0.5),
        migrate("invoices", 1),
        migrate("audit_log", 1.5),
    )
    log("all tables migrated")

asyncio.run(main())
