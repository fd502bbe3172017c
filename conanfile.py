import os
import re

from conan import ConanFile
from conan.errors import ConanException, ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, load
from conan.tools.layout import basic_layout
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class CurveshiftConan(ConanFile):
    name = "curveshift"
    description = (
        "Header-only C++20 library for the economics of AI scaling: scaling curves, "
        "compute multipliers, cost trends, chip fleets and export controls."
    )
    license = "MIT"
    url = "https://github.com/curveshift/curveshift"
    homepage = "https://github.com/curveshift/curveshift"
    topics = ("economics", "scaling-laws", "ai", "forecasting", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    # The recipe lives in the repository: the sources travel with it.
    exports_sources = "LICENSE", "include/*"
    no_copy_source = True

    @property
    def _min_cppstd(self):
        return 20

    @property
    def _compilers_minimum_version(self):
        return {
            "apple-clang": "15",
            "clang": "14",
            "gcc": "12",
            "msvc": "193",
        }

    def set_version(self):
        # The version is written once, in CMakeLists.txt's project().
        if self.version:
            return
        cmakelists = load(self, os.path.join(self.recipe_folder, "CMakeLists.txt"))
        match = re.search(
            r"project\s*\(\s*curveshift\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", cmakelists
        )
        if not match:
            raise ConanException("could not read the version from CMakeLists.txt's project()")
        self.version = match.group(1)

    def layout(self):
        basic_layout(self)

    def package_id(self):
        self.info.clear()

    def validate(self):
        # Always: without a cppstd setting, check_min_cppstd checks the
        # compiler's default standard, so a profile cannot skip the check.
        check_min_cppstd(self, self._min_cppstd)
        minimum_version = self._compilers_minimum_version.get(str(self.settings.compiler), False)
        if minimum_version and Version(self.settings.compiler.version) < minimum_version:
            raise ConanInvalidConfiguration(
                f"{self.ref} requires C++{self._min_cppstd}, which your compiler does not support."
            )

    def build(self):
        pass

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        copy(
            self,
            "*.hpp",
            os.path.join(self.source_folder, "include"),
            os.path.join(self.package_folder, "include"),
        )

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "curveshift")
        self.cpp_info.set_property("cmake_target_name", "curveshift::curveshift")
        self.cpp_info.set_property("pkg_config_name", "curveshift")
        # simulation.hpp runs on std::thread: -pthread where glibc needs it.
        if self.settings.os in ["Linux", "FreeBSD"]:
            self.cpp_info.system_libs = ["pthread"]
