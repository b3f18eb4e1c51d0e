/* A stand-in for Windows' bcryptprimitives.dll, for running the Windows build under
 * wine only (Debian's wine 8 has no such DLL; Rust's standard library imports
 * ProcessPrng from it for random numbers, e.g. HashMap's seeds). It forwards to
 * advapi32's SystemFunction036 (RtlGenRandom). tools/wine-check.sh builds it with
 * x86_64-w64-mingw32-gcc and puts it beside the exe in a temporary folder: it is never
 * part of a release file. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
