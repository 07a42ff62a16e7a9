// Module graph: sources are listed in CMakeLists.txt.
namespace ecc::graph {}
