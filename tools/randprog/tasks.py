"""The tasks main starts: which coroutine each runs, its name and delay, and how main writes
their creation (a list comprehension or one line per task; named or with default names)."""

from .delays import delay

TASK_NAMES = (('a', 'b', 'c', 'd', 'e'), ('red', 'green', 'blue', 'gold', 'teal'),
              ('t1', 't2', 't3', 't4', 't5'))


class Task:
    """One task main creates: ``func(name, d)``."""

    def __init__(self, func, name, d):
        self.func = func
        self.name = name
        self.d = d


def pick_task_names(ctx):
    """Two to five task names from one family."""
    return ctx.rng.choice(TASK_NAMES)[:ctx.rng.randint(2, 5)]


def assign_tasks(ctx, funcs, names):
    """A Task per name, each running one of ``funcs`` (every one of them used) with its own
    delay."""
    chosen = list(funcs) + [ctx.rng.choice(funcs) for _ in names[len(funcs):]]
    ctx.rng.shuffle(chosen)
    return [Task(func, name, delay(ctx.rng)) for func, name in zip(chosen, names)]


def write_create(ctx, w, tasks, spawn='asyncio.create_task', target='tasks'):
    """Write the creation of ``tasks`` with ``spawn`` into the list ``target``."""
    named = ctx.chance(0.85)
    funcs = {task.func for task in tasks}
    if len(funcs) == 1 and ctx.chance(0.5):
        pairs = ', '.join(f'("{task.name}", {task.d})' for task in tasks)
        call = f'{spawn}({tasks[0].func}(n, d){", name=n" if named else ""})'
        w.line(f'{target} = [{call} for n, d in [{pairs}]]')
        return
    variables = []
    for task in tasks:
        variable = task.name if task.name.isalpha() and len(task.name) > 1 else f'task_{task.name}'
        name = f', name="{task.name}"' if named else ''
        w.line(f'{variable} = {spawn}({task.func}("{task.name}", {task.d}){name})')
        variables.append(variable)
    w.line(f'{target} = [{", ".join(variables)}]')
