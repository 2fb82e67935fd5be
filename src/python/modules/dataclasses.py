# The dataclasses prelude: `@dataclass` and `field()` written in Loopscope's own dialect.
# CPython generates each method's source and exec()s it; here the methods are closures over
# the class's fields that behave the same (same reprs, comparisons, hashing and messages).
# `_object_setattr` is native: it sets an instance attribute without calling __setattr__.


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata=mappingproxy({{}}),"
                f"kw_only={self.kw_only!r},_field_type=_FIELD)")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, kw_only)


def fields(class_or_instance):
    fs = getattr(class_or_instance, '__dataclass_fields__', None)
    if fs is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(fs.values())


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _copy_inner(obj, make):
    if _is_dataclass_instance(obj):
        return make(obj)
    if isinstance(obj, tuple):
        return type(obj)(_copy_inner(v, make) for v in obj)
    if isinstance(obj, list):
        return [_copy_inner(v, make) for v in obj]
    if isinstance(obj, dict):
        return {_copy_inner(k, make): _copy_inner(v, make) for k, v in obj.items()}
    return obj


def asdict(obj):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return {f.name: _copy_inner(getattr(obj, f.name), asdict) for f in fields(obj)}


def astuple(obj):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple(_copy_inner(getattr(obj, f.name), astuple) for f in fields(obj))


def replace(obj, /, **changes):
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _make_init(cls, all_fields, has_post_init):
    init_fields = [f for f in all_fields if f.init]
    names = [f.name for f in init_fields]

    def __init__(self, *args, **kwargs):
        where = cls.__qualname__ + '.__init__()'
        if len(args) > len(init_fields):
            raise TypeError(f"{where} takes {len(init_fields) + 1} positional arguments but {len(args) + 1} were given")
        values = {}
        for f, v in zip(init_fields, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(f"{where} got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{where} got multiple values for argument '{k}'")
            values[k] = v
        missing = [f.name for f in init_fields
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f"{where} missing {len(missing)} required positional argument{s}: {_join_names(missing)}")
        for f in all_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init:
                value = f.default
            else:
                continue
            _object_setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__()

    return __init__


def _make_repr(cls, repr_fields):
    def __repr__(self):
        parts = [f"{f.name}={getattr(self, f.name)!r}" for f in repr_fields]
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    return __repr__


def _values(obj, fs):
    return tuple(getattr(obj, f.name) for f in fs)


def _make_eq(cmp_fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, cmp_fields) == _values(other, cmp_fields)
        return NotImplemented
    return __eq__


def _make_order(name, cmp_fields):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a, b = _values(self, cmp_fields), _values(other, cmp_fields)
        if name == '__lt__':
            return a < b
        if name == '__le__':
            return a <= b
        if name == '__gt__':
            return a > b
        return a >= b
    compare.__name__ = name
    return compare


def _make_hash(hash_fields):
    def __hash__(self):
        return hash(_values(self, hash_fields))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        _object_setattr(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        _object_delattr(self, name)

    return __setattr__, __delattr__


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else ''
    return text.startswith('ClassVar') or text.startswith('typing.ClassVar')


def _collect_fields(cls):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    own = cls.__dict__.get('__annotations__', {})
    for name, annotation in own.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, None, True, MISSING)
        f.name = name
        f.type = annotation
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    return all_fields


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    all_fields = _collect_fields(cls)
    cls.__dataclass_fields__ = all_fields
    fs = list(all_fields.values())
    seen_default = False
    for f in fs:
        if f.init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    cmp_fields = [f for f in fs if f.compare]
    if init:
        _set_new_attribute(cls, '__init__', _make_init(cls, fs, hasattr(cls, '__post_init__')))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, [f for f in fs if f.repr]))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cmp_fields))
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, _make_order(name, cmp_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _make_frozen(cls, {f.name for f in fs})
        for fn in (setter, deleter):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
    explicit_hash = '__hash__' in cls.__dict__
    hash_fields = [f for f in fs if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen and not explicit_hash):
        if unsafe_hash and explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and not frozen and not explicit_hash:
        cls.__hash__ = None
    if '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fs if f.init)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)

    if cls is None:
        return wrap
    return wrap(cls)
