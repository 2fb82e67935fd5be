# The collections prelude: defaultdict, Counter, OrderedDict and namedtuple in Loopscope's own
# dialect, with CPython 3.11's reprs and orders. `deque` is native. The dialect cannot
# subclass dict or tuple, so these wrap one: isinstance(x, dict) is False for them.


class _Mapping:
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            other = other._data
        return self._data == other

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def clear(self):
        self._data.clear()

    def update(self, *args, **kwargs):
        for source in args:
            if hasattr(source, 'keys'):
                for k in source.keys():
                    self[k] = source[k]
            else:
                for k, v in source:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v


class defaultdict(_Mapping):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _Mapping.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {self._data!r})"


class OrderedDict(_Mapping):
    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            self._data = {key: value, **self._data}

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        key = next(reversed(list(self._data))) if last else next(iter(self._data))
        return key, self._data.pop(key)

    def copy(self):
        return OrderedDict(self._data)

    def __repr__(self):
        if not self._data:
            return 'OrderedDict()'
        return f"OrderedDict({list(self._data.items())!r})"


class Counter(_Mapping):
    def __init__(self, iterable=None, /, **kwds):
        _Mapping.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        ordered = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self._data[elem] = self[elem] + iterable[elem]
            else:
                for elem in iterable:
                    self._data[elem] = self[elem] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self._data[elem] = self[elem] - iterable[elem]
            else:
                for elem in iterable:
                    self._data[elem] = self[elem] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __repr__(self):
        if not self._data:
            return 'Counter()'
        items = ', '.join(f"{k!r}: {v!r}" for k, v in self.most_common())
        return f"Counter({{{items}}})"

    def __add__(self, other):
        result = Counter()
        for elem, count in self.items():
            new = count + other[elem]
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for elem, count in self.items():
            new = count - other[elem]
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            new = other_count if count < other_count else count
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            new = count if count < other_count else other_count
            if new > 0:
                result[elem] = new
        return result


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{k}'")
            values[k] = v
        missing = [f for f in fields if f not in values and f not in field_defaults]
        if missing:
            s = '' if len(missing) == 1 else 's'
            names = ' and '.join(repr(m) for m in missing) if len(missing) <= 2 else ', '.join(repr(m) for m in missing[:-1]) + ', and ' + repr(missing[-1])
            raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{s}: {names}")
        self._tuple = tuple(values[f] if f in values else field_defaults[f] for f in fields)

    def __repr__(self):
        return typename + '(' + ', '.join(f"{f}={v!r}" for f, v in zip(fields, self._tuple)) + ')'

    def _tuple_of(other):
        return other._tuple if hasattr(other, '_tuple') else other

    namespace = {
        '__init__': __init__,
        '__repr__': __repr__,
        '__iter__': lambda self: iter(self._tuple),
        '__len__': lambda self: len(self._tuple),
        '__getitem__': lambda self, i: self._tuple[i],
        '__contains__': lambda self, x: x in self._tuple,
        '__hash__': lambda self: hash(self._tuple),
        '__eq__': lambda self, other: self._tuple == _tuple_of(other),
        '__ne__': lambda self, other: self._tuple != _tuple_of(other),
        '__lt__': lambda self, other: self._tuple < _tuple_of(other),
        '__le__': lambda self, other: self._tuple <= _tuple_of(other),
        '__gt__': lambda self, other: self._tuple > _tuple_of(other),
        '__ge__': lambda self, other: self._tuple >= _tuple_of(other),
        '__add__': lambda self, other: self._tuple + _tuple_of(other),
        '_asdict': lambda self: dict(zip(fields, self._tuple)),
        '_replace': lambda self, **kw: cls(**{**dict(zip(fields, self._tuple)), **kw}),
        'count': lambda self, x: self._tuple.count(x),
        'index': lambda self, x: self._tuple.index(x),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__module__': module if module is not None else '__main__',
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, index=index: self._tuple[index])
    cls = type(typename, (), namespace)
    return cls
