// exportcheck: decides whether an order of AI chips may ship.
// Everything happens in cli::run; main only hands over the arguments.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return ecc::cli::run(argc, argv); }
