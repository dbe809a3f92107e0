/// The value columns of a table as bands of x positions, found from the header cells that name
/// them and from the numbers below: a blank cell is a band with nothing in it, never a shift of
/// the numbers after it.
struct PDFColumnBands: Sendable {
    struct Band: Sendable {
        var minX: Double
        var maxX: Double
        var center: Double { (minX + maxX) / 2 }

        func overlap(_ minX: Double, _ maxX: Double) -> Double {
            Swift.max(0, Swift.min(self.maxX, maxX) - Swift.max(self.minX, minX))
        }
    }

    private(set) var bands: [Band]

    init(bands: [Band]) {
        self.bands = bands.sorted { $0.minX < $1.minX }
    }

    var isEmpty: Bool { bands.isEmpty }
    var count: Int { bands.count }

    /// Where label text ends and the first band begins: a word centred left of this is a label.
    var labelEdge: Double {
        guard let first = bands.first else { return .infinity }
        return first.minX - Swift.max(2, (first.maxX - first.minX) * 0.3)
    }

    /// The band a word centred at `x` falls in, or `nil` left of the first band.
    func band(at x: Double) -> Int? {
        guard x >= labelEdge, !bands.isEmpty else { return nil }
        for index in bands.indices.dropLast() {
            let left = bands[index]
            let right = bands[index + 1]
            // Between two bands the boundary is the middle of the gap (of the centres when they overlap).
            let boundary = left.maxX <= right.minX ? (left.maxX + right.minX) / 2 : (left.center + right.center) / 2
            if x < boundary { return index }
        }
        return bands.count - 1
    }

    /// Bands from the header's column cells and the numbers' extents: each run of numbers that
    /// overlap in x joins the header cell it overlaps most, or is a column of its own.
    static func merging(header: [Band], numbers: [Band]) -> PDFColumnBands {
        var bands = header
        for cluster in clusters(numbers) {
            let overlaps = bands.indices.map { bands[$0].overlap(cluster.minX, cluster.maxX) }
            if let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 {
                bands[best].minX = min(bands[best].minX, cluster.minX)
                bands[best].maxX = max(bands[best].maxX, cluster.maxX)
            } else {
                bands.append(cluster)
            }
        }
        return PDFColumnBands(bands: bands)
    }

    /// Extents that overlap (within a point) merged into one.
    static func clusters(_ extents: [Band]) -> [Band] {
        var result: [Band] = []
        for extent in extents.sorted(by: { $0.minX < $1.minX }) {
            if let last = result.last, extent.minX <= last.maxX + 1 {
                result[result.count - 1].maxX = max(last.maxX, extent.maxX)
            } else {
                result.append(extent)
            }
        }
        return result
    }
}
