// tests/dimension_checks.hpp: the concept the tests use to say which sums the
// compiler refuses: addable<money<>, compute<>> is false, and a test that
// asserts it fails if mixed dimensions ever start to add.
#pragma once

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
