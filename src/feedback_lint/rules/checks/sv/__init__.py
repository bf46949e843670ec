"""The Swedish versions of the rules that need logic: same codes and names as the English ones, with
Swedish word lists, messages, suggestions and examples. Importing this package registers them all."""

from importlib import import_module
from pkgutil import iter_modules

for _module in iter_modules(__path__):
    import_module(f"{__name__}.{_module.name}")
