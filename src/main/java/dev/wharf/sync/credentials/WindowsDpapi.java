package dev.wharf.sync.credentials;

import com.sun.jna.platform.win32.Crypt32Util;
import com.sun.jna.platform.win32.WinCrypt;

/**
 * DPAPI through jna-platform: {@code CryptProtectData}/{@code CryptUnprotectData} in the current-user scope (no
 * {@code CRYPTPROTECT_LOCAL_MACHINE}), never showing a prompt. Only loaded on Windows. Untested on the Linux build
 * machine; see docs/decisions/0005-secrets.md.
 */
final class WindowsDpapi implements DpapiSealer.Dpapi {
    private static final String DESCRIPTION = "Wharf shop credentials";

    @Override
    public byte[] protect(byte[] data, byte[] entropy) {
        return Crypt32Util.cryptProtectData(data, entropy, WinCrypt.CRYPTPROTECT_UI_FORBIDDEN, DESCRIPTION, null);
    }

    @Override
    public byte[] unprotect(byte[] blob, byte[] entropy) {
        return Crypt32Util.cryptUnprotectData(blob, entropy, WinCrypt.CRYPTPROTECT_UI_FORBIDDEN, null);
    }
}
