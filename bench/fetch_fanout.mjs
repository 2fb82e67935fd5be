// Figure 5, fetch fan-out: 100 requests to the built-in 100 ms endpoint, one after another
// and under one gather. Loopscope asks `https://lab.invalid/delay` through its aiohttp subset;
// Pyodide asks the site's `lab/delay` with pyodide.http.pyfetch (answered by the site's
// service worker). Each side is measured only when it can do this: `probe` says why not.

/** The two programs of each side, as {name: source}. */
export const FETCH_PROGRAMS = {
  loopscope: {
    fetch_100_sequential: aiohttpProgram("for i in range(100):\n            await get(session, i)"),
    fetch_100_gather: aiohttpProgram("await asyncio.gather(*(get(session, i) for i in range(100)))"),
  },
  pyodide: {
    fetch_100_sequential: pyfetchProgram("for i in range(100):\n        await get(i)"),
    fetch_100_gather: pyfetchProgram("await asyncio.gather(*(get(i) for i in range(100)))"),
  },
};

function aiohttpProgram(body) {
  return `import asyncio
import aiohttp


async def get(session, i):
    async with session.get(f"https://lab.invalid/delay?ms=100&id={i}") as response:
        await response.text()


async def main():
    async with aiohttp.ClientSession() as session:
        ${body}


asyncio.run(main())
`;
}

function pyfetchProgram(body) {
  return `import asyncio
from pyodide.http import pyfetch


async def get(i):
    response = await pyfetch(f"lab/delay?ms=100&id={i}")
    await response.text()


async def main():
    ${body}


asyncio.run(main())
`;
}

/**
 * Null when `side`'s open page can run the fan-out through the site's service worker, else why
 * not: Loopscope needs its aiohttp subset; both pages need the service worker in control, so
 * that both sides' requests are answered the same way.
 */
export async function probe(side, page) {
  const controlled = await page.evaluate(() => navigator.serviceWorker?.controller != null);
  if (!controlled) return "no service worker controls the page";
  if (side === "loopscope") {
    const run = await page.evaluate(() => window.loopscope.runProgram("import aiohttp\n", { clock: "virtual" }).catch((e) => ({ exit: 1, exception: { line: e.message } })));
    return run.exit === 0 ? null : `this build has no aiohttp subset (${run.exception?.line ?? run.stopped})`;
  }
  const status = await page.evaluate(() => fetch("lab/delay?ms=1").then((r) => r.status, (e) => e.message));
  return status === 200 ? null : `the site's lab/delay endpoint answered ${status}`;
}
