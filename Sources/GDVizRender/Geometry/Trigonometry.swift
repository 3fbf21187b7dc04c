#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Module-level names so drawing code can use the C library's sin/cos without importing it everywhere.
func cosine(_ a: Double) -> Double { cos(a) }
func sine(_ a: Double) -> Double { sin(a) }
func squareRoot(_ a: Double) -> Double { a.squareRoot() }
