#pragma once

// Counts every heap allocation of the process (malloc, calloc and realloc, which operator new and
// Qt's containers both end in), so that a test or a benchmark can say "this path allocates
// nothing". Include it in exactly ONE source file of an executable: it defines the allocation
// functions. Under AddressSanitizer it installs the sanitizer's allocation hook instead.

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace marsa_test {
inline std::atomic<std::uint64_t> heapAllocations{0};

inline void countHeapAllocation() {
    heapAllocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace marsa_test

#if defined(__SANITIZE_ADDRESS__)

extern "C" int __sanitizer_install_malloc_and_free_hooks(void (*mallocHook)(const volatile void *,
                                                                            std::size_t),
                                                         void (*freeHook)(const volatile void *));

namespace {
void onAllocation(const volatile void *, std::size_t) {
    marsa_test::countHeapAllocation();
}
void onFree(const volatile void *) {}
[[maybe_unused]] const int kHooksInstalled = __sanitizer_install_malloc_and_free_hooks(onAllocation, onFree);
} // namespace

#else

// glibc's own entry points; the definitions below take the public names for the whole process.
extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *pointer, std::size_t size);

void *malloc(std::size_t size) noexcept {
    marsa_test::countHeapAllocation();
    return __libc_malloc(size);
}
void *calloc(std::size_t count, std::size_t size) noexcept {
    marsa_test::countHeapAllocation();
    return __libc_calloc(count, size);
}
void *realloc(void *pointer, std::size_t size) noexcept {
    marsa_test::countHeapAllocation();
    return __libc_realloc(pointer, size);
}
}

#endif
