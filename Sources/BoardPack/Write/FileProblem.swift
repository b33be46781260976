import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written or a folder made, in words an adviser understands, instead of
/// `Error Domain=NSCocoaErrorDomain Code=516 …`.
enum FileProblem {
    static func reason(errno number: Int32) -> String {
        switch number {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the disk is read-only"
        case EISDIR: return "a folder is in the way"
        case ENOTDIR, EEXIST: return "a file is in the way"
        case ENAMETOOLONG: return "the name is too long"
        case ENOENT: return "a folder on the way does not exist"
        default: return String(cString: strerror(number)).lowercased()
        }
    }

    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        if error.domain == NSPOSIXErrorDomain { return reason(errno: Int32(error.code)) }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteFileExists: return "a file is in the way"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        default: return error.localizedDescription
        }
    }
}
