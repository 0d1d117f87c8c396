import Foundation
import StudyKit

// Synchronous on purpose: an async entry point starts the concurrency runtime's threads
// (about 1.3 ms a process) and StudyKit's parallel stages use threads of their own.
exit(CommandLineInterface.run(Array(CommandLine.arguments.dropFirst()), io: .standard))
