import asyncio

class Connection:
    async def __aenter__(self):
        print("connecting to the database")
        await asyncio.sleep(0.5)
        return self

    async def __aexit__(self, exc_type, exc, traceback):
        print(f"closing the connection ({exc_type.__name__ if exc_type else 'no error'})")
        await asyncio.sleep(0.25)
        return False

    async def query(self, sql):
        await asyncio.sleep(0.5)
        if sql.startswith("DROP"):
            raise PermissionError("DROP is not allowed")
        return 3

async def main():
    try:
        async with Connection() as db:
            print(f"{await db.query('SELECT * FROM users')} rows")
            await db.query("DROP TABLE users")
            print("table dropped")
    except PermissionError as error:
        print(f"caught: {error}")

asyncio.run(main())
