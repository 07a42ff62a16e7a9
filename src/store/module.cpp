// Module store: sources are listed in CMakeLists.txt.
namespace ecc::store {}
