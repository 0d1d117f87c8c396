// StudyKit: the whole job — read an article, analyse it, write its study materials.
//
// This umbrella target owns what spans every stage: `Pipeline` (one article, start to end)
// and `BatchBuilder` (many articles, side by side). It re-exports the stages, so a library
// user writes `import StudyKit`; inside the package each stage imports only those below it.
@_exported import StudyKitSupport
@_exported import StudyKitModel
@_exported import StudyKitText
@_exported import StudyKitRules
@_exported import StudyKitStructure
@_exported import StudyKitAnalysis
@_exported import StudyKitExport
