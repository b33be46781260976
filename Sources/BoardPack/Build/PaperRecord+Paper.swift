/// How the build makes a paper's cache record (`PaperRecord`, in Write) from what it read.
extension PaperListing {
    /// The listing as the cache keeps it: a public build never shows an exempt paper's summary, so
    /// its cache, which sits on the same machine as the public site, does not hold it either.
    func kept(for audience: Audience) -> PaperListing {
        guard audience == .public, exempt != nil else { return self }
        var listing = self
        listing.summary = ""
        return listing
    }
}

extension Paper {
    /// The datasets the paper depends on: those it lists and those its incidents blocks embed.
    public var datasetIDs: [String] {
        Array(Set(front.datasets.map(\.value) + incidentSpecs.compactMap { $0?.dataset.value })).sorted()
    }
}
