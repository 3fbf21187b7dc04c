// libFuzzer entry point for scene reading and evaluation, compiled into the GDVizScene module by
// scripts/fuzz.sh (not part of Package.swift). Every input must give a Scene or a
// SceneValidationError, and every Scene must evaluate; crashes, traps, hangs and sanitizer
// reports are bugs.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func sceneFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let scene = try? SceneLoader.parse(bytes, file: "fuzz.json") else { return 0 }
    _ = SceneEvaluator.evaluate(scene)
    return 0
}
