import Foundation

/// The parts of a RIFF/WAVE file's header the speech test checks: format and the size of the samples.
struct WaveHeader {
    /// Why a file is not a WAV file the test can read.
    enum Problem: Error { case notRIFFWave, missingChunk(String) }

    let channels: Int
    let sampleRate: Int
    let byteRate: Int
    /// Bytes of sample data in the `data` chunk.
    let dataSize: Int

    /// The sound's length in seconds.
    var duration: Double { byteRate > 0 ? Double(dataSize) / Double(byteRate) : 0 }

    /// Walks the chunks after the RIFF header to find `fmt ` and `data`.
    init(data: Data) throws {
        let bytes = [UInt8](data)
        func text(_ offset: Int) -> String { String(decoding: bytes[offset..<offset + 4], as: UTF8.self) }
        func little(_ offset: Int, _ count: Int) -> Int {
            (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        guard bytes.count >= 12, text(0) == "RIFF", text(8) == "WAVE" else { throw Problem.notRIFFWave }
        var format: (channels: Int, sampleRate: Int, byteRate: Int)?
        var dataSize: Int?
        var offset = 12
        while offset + 8 <= bytes.count, dataSize == nil {
            let size = little(offset + 4, 4)
            switch text(offset) {
            case "fmt " where offset + 20 <= bytes.count:
                format = (little(offset + 10, 2), little(offset + 12, 4), little(offset + 16, 4))
            case "data":
                // espeak-ng writing to a file it cannot seek back in leaves 0x7FFFFFFF; trust the file then.
                dataSize = min(size, bytes.count - offset - 8)
            default:
                break
            }
            offset += 8 + size + size % 2
        }
        guard let format else { throw Problem.missingChunk("fmt ") }
        guard let dataSize else { throw Problem.missingChunk("data") }
        channels = format.channels
        sampleRate = format.sampleRate
        byteRate = format.byteRate
        self.dataSize = dataSize
    }
}
