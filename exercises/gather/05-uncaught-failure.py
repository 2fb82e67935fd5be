import asyncio

async def migrate(table, seconds):
    print(f"migrating {table}")
    await asyncio.sleep(seconds)
    if table == "invoices":
        raise KeyError(table)
    print(f"{table} migrated")

async def main():
    await asyncio.gather(
        migrate("users", 0.5),
        migrate("invoices", 1),
        migrate("audit_log", 1.5),
    )
    print("all tables migrated")

asyncio.run(main())
