import Foundation
import StudyKit

exit(await CommandLineInterface.run(Array(CommandLine.arguments.dropFirst()), io: .standard))
