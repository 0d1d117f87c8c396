import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitAnalysis

/// Knowledge extraction beyond the catalogue's exact names: exams found by shape, acronym and
/// name; the article's own weights and order; traits with a subject and a polarity; evidence
/// that speaks to a domain. Each case is a short text written to isolate one rule.
struct OpenWorldExtractionTests {
    static func knowledge(_ text: String, path: String = "article.md") throws -> Knowledge {
        try TestSupport.analysis(text, path: path).knowledge
    }

    @Test func acronymBesideItsExpansionIsAnExamTheCatalogueLacks() throws {
        let knowledge = try Self.knowledge("""
            # Notes

            I studied for the Certified Widget Operator (CWO) exam last spring. The CWO has two parts.
            """)
        let exam = try #require(knowledge.certification("CWO"))
        #expect(!exam.catalogued)
        #expect(exam.title == "Certified Widget Operator")
        #expect(exam.mentions == 2)
    }

    @Test func credentialShapedNameIsFoundWithoutAnAcronym() throws {
        let knowledge = try Self.knowledge("My first credential was the Sun Certified Java Programmer, long ago.\n")
        let exam = try #require(knowledge.certifications.first)
        #expect(exam.title == "Sun Certified Java Programmer")
        #expect(exam.vendor == "Sun")
    }

    @Test func codeShapeTheCatalogueLacksIsReportedWithItsVendor() throws {
        let knowledge = try Self.knowledge("Our team also passed EX442 and found it hard.\n")
        let exam = try #require(knowledge.certification("EX442"))
        #expect(!exam.catalogued && exam.vendor == "Red Hat")
    }

    @Test(arguments: [("Yesterday I took the 1Z0-819 exam and failed.", "1Z0-819", "Oracle"),
                      ("The JN0-105 exam is Juniper's entry point.", "JN0-105", "Juniper")])
    func vendorCodeShapesTheCatalogueLacks(_ text: String, code: String, vendor: String) throws {
        let exam = try #require(try Self.knowledge(text + "\n").certification(code))
        #expect(!exam.catalogued && exam.vendor == vendor)
    }

    @Test func certifiedSpecialistInASubjectIsOneName() throws {
        let knowledge = try Self.knowledge("Next I want the Red Hat Certified Specialist in Linux Diagnostics and Troubleshooting.\n")
        #expect(knowledge.certifications.map(\.title) == ["Red Hat Certified Specialist in Linux Diagnostics and Troubleshooting"])
        // The subject stops at a dash: what follows is the author's comment, not the name.
        let dashed = try Self.knowledge("Red Hat Certified Specialist in Performance Tuning - Hardest Red Hat Exam.\n")
        #expect(dashed.certifications.map(\.title) == ["Red Hat Certified Specialist in Performance Tuning"])
        // With no vendor, code or cue word to vouch for it, the shape is a phrase.
        #expect(try Self.knowledge("I became a Certified Specialist in March.\n").certifications.isEmpty)
    }

    /// A name that ends in a level word right before "exam" is an exam without any credential word;
    /// "&" and "and" spell one name; the opening verb and article are not part of it.
    @Test func levelWordBeforeACueWordEndsAName() throws {
        let knowledge = try Self.knowledge("""
            # FAQ

            Take the Terraform Authoring and Operations Professional exam after a year of practice.
            The Terraform Authoring & Operations Professional exam is a lab exam.
            """)
        #expect(knowledge.certifications.map(\.title) == ["Terraform Authoring and Operations Professional"])
        #expect(knowledge.certifications.first?.mentions == 2)
        // Too short to be a name: a level word and one other word.
        #expect(try Self.knowledge("She passed the Cloud Professional exam.\n").certifications.isEmpty)
    }

    /// An issuer the vendor list lacks, "Certified", a job word and a subject after "for" are one name,
    /// even though "Associate Developer" is also a role name of a catalogue exam.
    @Test func unknownIssuersCredentialKeepsItsSubject() throws {
        let knowledge = try Self.knowledge("I passed the Databricks Certified Associate Developer for Apache Spark exam.\n")
        #expect(knowledge.certifications.map(\.title) == ["Databricks Certified Associate Developer for Apache Spark"])
        #expect(knowledge.certifications.first?.catalogued == false)
    }

    /// "Certifications" in the plural names a kind of credential, not one.
    @Test func pluralCredentialWordNamesNoExam() throws {
        #expect(try Self.knowledge("Read the Microsoft Azure Certifications for Developers page first.\n").certifications.isEmpty)
    }

    /// A retired credential's acronym ("MCP") needs its vendor's name right before it or a cue
    /// word: "Azure / Edge / MCP" and another Microsoft exam elsewhere are not enough.
    @Test func retiredAcronymNeedsItsVendorBesideIt() throws {
        let knowledge = try Self.knowledge("""
            # Security course

            The course prepares you for the SC-900 exam.

            ## Azure / Edge / MCP / Agents

            Join the discussions about MCP.
            """)
        #expect(knowledge.certifications.map(\.code) == ["SC-900"])
        #expect(try Self.knowledge("Back then I was a Microsoft MCP and proud of it.\n").certification("MCP") != nil)
    }

    /// A plural job title ("Cloud Engineers") is people, not the exam named after that role.
    @Test func pluralRoleNameIsPeopleNotAnExam() throws {
        let knowledge = try Self.knowledge("""
            # My Professional Cloud Architect journey

            I passed the Google Cloud Professional Cloud Architect exam. A good book is Visualizing
            Google Cloud: Illustrated References for Cloud Engineers & Architects.
            """)
        #expect(knowledge.certifications.map(\.code) == ["GCP-PCA"])
    }

    /// A name written beside its code is that exam, here and wherever the name stands alone.
    @Test func nameBesideItsCodeJoinsThatExam() throws {
        let knowledge = try Self.knowledge("""
            # Red Hat exams

            For example, EX188 - Red Hat Certified Specialist in Containers Exam gives you a credential.
            Later I earned the Certified Specialist in Containers certification.
            """)
        #expect(knowledge.certifications.map(\.code) == ["EX188"])
        #expect(knowledge.certification("EX188")?.mentions == 2)
    }

    /// A catalogue title right after another vendor's name ("Azure Data Engineer Associate") is not that exam.
    @Test func titleAfterAnotherVendorsNameIsNotThatExam() throws {
        let knowledge = try Self.knowledge("Do you want to become an Azure Data Engineer Associate? I passed the DP-203 exam.\n")
        #expect(!knowledge.certifications.contains { $0.code == "DEA-C01" }, "\(knowledge.certifications.map(\.code))")
    }

    /// A job title in a list names no exam of another vendor than the article's own.
    @Test func roleNameAloneNamesOnlyTheMainVendorsExam() throws {
        let knowledge = try Self.knowledge("""
            # The CCNA

            The Cisco CCNA 200-301 exam covers network fundamentals. Jobs for CCNA holders include
            Infrastructure Engineer, Network Analyst and Network Administrator.
            """)
        #expect(knowledge.certifications.map(\.code) == ["200-301"])
    }

    @Test func retiredCodeMapsToItsSuccessorAndStaysVisible() throws {
        let knowledge = try Self.knowledge("I passed SAA-C02 in 2021.\n")
        let exam = try #require(knowledge.certifications.first)
        #expect(exam.code == "SAA-C03")
        #expect(exam.writtenAs == ["SAA-C02"])
    }

    @Test func namesFoldHyphensDashesAndPlurals() throws {
        let knowledge = try Self.knowledge("The AWS Certified Solutions Architect - Associate is popular.\n")
        #expect(knowledge.certifications.map(\.code) == ["SAA-C03"])
    }

    @Test(arguments: ["Ace the exam with practice.", "This text is licensed CC BY 4.0.", "Administrators manage servers."])
    func ordinaryWordsNameNoExam(_ text: String) throws {
        #expect(try Self.knowledge(text + "\n").certifications.isEmpty)
    }

    @Test func ambiguousAcronymCountsBesideItsVendorsExams() throws {
        let knowledge = try Self.knowledge("""
            # Google Cloud exams

            The Cloud Digital Leader is broad. How I passed the ACE in a month.
            """)
        #expect(Set(knowledge.certifications.map(\.code)) == ["GCP-CDL", "GCP-ACE"])
    }

    @Test func articleWeightsWinAndBothShowWhenTheyDiffer() throws {
        let knowledge = try Self.knowledge("""
            # AZ-104 notes

            The AZ-104 exam has five areas:

            - Manage Azure identities and governance (25–30%)
            - Implement and manage storage (15–20%)
            - Zero trust rollout (5%)
            """)
        let exam = try #require(knowledge.certification("AZ-104"))
        let identity = try #require(exam.domains.first { $0.name == "Manage Azure identities and governance" })
        #expect(identity.source == .both && identity.weight == "25–30%" && identity.catalogueWeight == "20–25%" && identity.weightsDiffer)
        let storage = try #require(exam.domains.first { $0.name == "Implement and manage storage" })
        #expect(storage.source == .both && !storage.weightsDiffer)
        let own = try #require(exam.domains.first { $0.name == "Zero trust rollout" })
        #expect(own.source == .article && own.catalogueWeight == nil)
        #expect(exam.domains.contains { $0.source == .catalogue })
    }

    @Test func numberedListUnderAnOrderHeadingIsTheStudyPath() throws {
        let knowledge = try Self.knowledge("""
            # Kubernetes exams

            ## Recommended order

            1. KCNA
            2. CKA
            3. CKS
            """)
        #expect(knowledge.studyPath.map(\.code) == ["KCNA", "CKA", "CKS"])
        #expect(knowledge.studyPath.allSatisfy { $0.source == .article && !$0.evidence.isEmpty })
    }

    @Test func aListOfPrerequisitesComesBeforeTheSectionsExam() throws {
        let knowledge = try Self.knowledge("""
            # The CKS exam

            You should take the CKS exam if you secure clusters for a living.

            Prerequisites:

            - CKA certification (required)
            - Linux skills
            """)
        #expect(knowledge.studyPath.map(\.code) == ["CKA", "CKS"])
        #expect(knowledge.studyPath.first?.source == .article)
    }

    @Test func noPrerequisitesListsNone() throws {
        let knowledge = try Self.knowledge("""
            # AZ-900

            The AZ-900 exam covers cloud concepts.

            There are no prerequisites for AZ-900, but many people go on to these:

            - AZ-104
            - AZ-204
            """)
        #expect(!knowledge.studyPath.contains { $0.why.contains("prerequisites of AZ-900") })
    }

    @Test func aSteppingStoneIsWhereToStart() throws {
        let knowledge = try Self.knowledge("The AZ-900 exam serves as a stepping stone for the harder Azure exams.\n")
        #expect(knowledge.studyPath.map(\.code) == ["AZ-900"])
        #expect(knowledge.studyPath.first?.source == .article)
    }

    @Test func aListWithoutAnOrderCueIsNoPath() throws {
        let knowledge = try Self.knowledge("""
            # Kubernetes exams

            The five exams are:

            1. KCNA
            2. CKA
            3. CKS
            """)
        #expect(!knowledge.articleRecommendsOrder)
    }

    /// Credentials outside the catalogue that articles name by acronym; "PCAP" is also a capture file.
    @Test func knownCredentialsByAcronym() throws {
        let roadmap = try Self.knowledge("My plan: Cisco CBROPS in June, Python PCEP in October and CompTIA ITF+ first.\n")
        #expect(Set(roadmap.certifications.map(\.code)) == ["200-201", "PCEP", "FC0-U61"], "\(roadmap.certifications.map(\.code))")
        #expect(try Self.knowledge("Open the PCAP file in Wireshark to read the packets.\n").certifications.isEmpty)
    }

    /// "This certification … helps them prepare for future certifications such as CKA/CKAD/CKS":
    /// the exam the article is about comes before each of them.
    @Test func preparationForLaterExamsIsAnOrder() throws {
        let knowledge = try Self.knowledge("""
            # KCNA

            The Kubernetes and Cloud Native Associate (KCNA) certification is a beginner friendly option.

            This certification will help them prepare for future certifications such as CKA/CKAD/CKS and so on.
            """)
        #expect(knowledge.studyPath.filter { $0.source == .article }.map(\.code) == ["KCNA", "CKA", "CKAD", "CKS"])
    }

    @Test func bestStartAndFirstSecondAreOrders() throws {
        let first = try Self.knowledge("The AZ-104 exam is your best start, and AZ-305 comes later.\n")
        #expect(first.studyPath.first?.code == "AZ-104")
        let pair = try Self.knowledge("For most people the best sequence is to take SAA-C03 first and SOA-C03 second.\n")
        #expect(pair.studyPath.map(\.code) == ["SAA-C03", "SOA-C03"])
    }

    @Test func theAuthorsOwnHistoryIsNoRecommendation() throws {
        let knowledge = try Self.knowledge("I took AZ-900 first and then I passed AZ-104.\n")
        #expect(!knowledge.articleRecommendsOrder)
    }

    @Test func negatedStartIsNoStart() throws {
        let knowledge = try Self.knowledge("The AZ-900 exam is not a required first step for AZ-104.\n")
        #expect(!knowledge.studyPath.contains { $0.code == "AZ-900" && $0.source == .article })
    }

    @Test func noOrderFallsBackToTheCatalogueMarkedSo() throws {
        let knowledge = try Self.knowledge("AZ-104 and AZ-305 are both Azure exams.\n")
        #expect(knowledge.studyPath.map(\.code) == ["AZ-104", "AZ-305"])
        #expect(knowledge.studyPath.allSatisfy { $0.source == .catalogue })
        #expect(!knowledge.articleRecommendsOrder)
    }

    @Test func traitsNeedTheRoleAsSubjectAndKeepTheirPolarity() throws {
        let knowledge = try Self.knowledge("""
            AZ-104 suits hands-on people. I managed to pass AZ-104 in May. For AZ-104, coding is not required.
            """)
        let traits = try #require(knowledge.roles.first { $0.certification == "AZ-104" }).traits
        #expect(traits.contains { $0.trait == "hands-on" && $0.polarity == .affirmed })
        #expect(!traits.contains { $0.trait == "manage" })
        #expect(traits.contains { $0.trait == "develop" && $0.polarity == .negated })
    }

    @Test func wordsMatchAsWordsNotStems() throws {
        let knowledge = try Self.knowledge("AZ-104 covers virtually every daily task.\n")
        #expect(!(knowledge.roles.first?.traits.contains { $0.trait == "virtualization" } ?? false))
    }

    @Test func aVendorsToolIsNoSkillOfAnotherVendorsExam() throws {
        let knowledge = try Self.knowledge("GCP-ACE candidates use the Azure CLI and gcloud daily.\n")
        let skills = knowledge.roles.first { $0.certification == "GCP-ACE" }?.traits.map(\.trait) ?? []
        #expect(skills.contains("gcloud") && !skills.contains("Azure CLI"))
    }

    @Test func logisticsSentencesAreNoDomainEvidence() throws {
        let knowledge = try Self.knowledge("""
            The CLF-C02 exam fee is $100 and the voucher covers billing and pricing support questions.
            """)
        let exam = try #require(knowledge.certification("CLF-C02"))
        #expect(exam.domains.allSatisfy { $0.evidence.isEmpty })
    }

    @Test func oneGeneralWordIsNoEvidenceButASpecificTermIs() throws {
        let general = try Self.knowledge("AZ-104 demands durability.\n")
        #expect(general.certification("AZ-104")!.domains.allSatisfy { $0.evidence.isEmpty })
        let specific = try Self.knowledge("AZ-104 expects you to configure network security groups.\n")
        #expect(specific.certification("AZ-104")!.domains.contains { $0.name == "Implement and manage virtual networking" && !$0.evidence.isEmpty })
    }
}
