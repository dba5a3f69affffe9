; Per-user Windows installer for "Theo dõi Kế hoạch" (NSIS 3, Unicode).
; Build on Windows (or on Linux with Debian's nsis package) after PyInstaller made dist\plantrack:
;   makensis /DVERSION=0.1.0 installer\plantrack.nsi
; Installs into %LOCALAPPDATA%\Programs without administrator rights. The user's database and
; backups live in %LOCALAPPDATA%\plantrack and are never touched by install, upgrade or uninstall;
; an upgrade replaces the program files and the app migrates the database on its next start.
Unicode true
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!define APPNAME "Theo dõi Kế hoạch"
!define APPDIR "TheoDoiKeHoach"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPDIR}"

Name "${APPNAME} ${VERSION}"
OutFile "..\dist\TheoDoiKeHoach-${VERSION}-setup.exe"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPDIR}"
InstallDirRegKey HKCU "Software\${APPDIR}" "InstallDir"
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetOutPath "$INSTDIR"
  ; an upgrade: remove the old program files only (never the data folder)
  RMDir /r "$INSTDIR\_internal"
  File /r "..\dist\plantrack\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\plantrack.exe"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Gỡ cài đặt ${APPNAME}.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\plantrack.exe"
  WriteRegStr HKCU "Software\${APPDIR}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" "$\"$INSTDIR\Uninstall.exe$\""
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
SectionEnd

Section "Uninstall"
  ; program files and shortcuts only: %LOCALAPPDATA%\plantrack (database, backups) stays
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\plantrack.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPDIR}"
SectionEnd
