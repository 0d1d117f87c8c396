import StudyKit
import Foundation

exit(CommandLineInterface.run(Array(CommandLine.arguments.dropFirst()), io: .standard))
