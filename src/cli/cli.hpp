#pragma once
// The command-line front end. run() parses the whole command line with CLI11,
// runs the chosen command and maps every error to the documented exit code.

namespace ecc::cli {

// Runs exportcheck with the given arguments and returns the process exit code.
int run(int argc, char** argv);

}  // namespace ecc::cli
