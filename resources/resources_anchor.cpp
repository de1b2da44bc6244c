// marsa_resources holds only Qt resources; a static library needs one translation unit.
namespace marsa::detail {
int resourcesAnchor() { return 0; }
} // namespace marsa::detail
