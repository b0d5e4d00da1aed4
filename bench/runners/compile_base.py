"""Compiles modules of a copy of the exchangekit package with Cython, in place: run by bench/compiled.py with the
Python of its throwaway environment, in the folder that holds the copy.

    compile_base.py BUILD_TEMP MODULE...      (MODULE as a path: exchangekit/base/js.py)

The modules are compiled as written. Annotations stay hints (annotation_typing=False): Cython would otherwise take
`value: dict` as a C-level type and refuse a list where Python, and the shared vectors, pass one."""

import sys

from Cython.Build import cythonize
from setuptools import setup

build_temp, modules = sys.argv[1], sys.argv[2:]
setup(ext_modules=cythonize(modules, nthreads=2, quiet=True,
                            compiler_directives={"language_level": 3, "annotation_typing": False}),
      script_args=["build_ext", "--inplace", "--build-temp", build_temp, "--parallel", "2"])
