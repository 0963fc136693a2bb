; Inno Setup 6 script: wraps the PyInstaller one-folder build (dist\HaloTKI) into
; HaloTKI-Setup-<version>.exe with a Start-menu entry and an uninstaller.
;
; Build: packaging\windows\build.ps1 (runs PyInstaller, then ISCC with /DAppVersion read from
; pyproject.toml). By hand: ISCC.exe /DAppVersion=0.1.0 packaging\windows\halotki.iss
;
; The staff's data (key slots, the encrypted database, backups, logs) lives in
; %LOCALAPPDATA%\BP2MI\HaloTKI, which the application creates; this installer never
; writes there, and the uninstaller removes only what it installed, so the data stays
; on the PC after an uninstall or an upgrade. Nothing here may ever name {localappdata}.

#define AppName "Halo TKI Desk"
#define AppPublisher "BP2MI"
#define GuiExe "HaloTKIDesk.exe"
#define CliExe "halotki.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\HaloTKI"
#ifndef AppVersion
  ; The textual FileVersion PyInstaller wrote into the executable, from pyproject.toml.
  #define AppVersion GetFileVersionString(AddBackslash(DistDir) + CliExe)
#endif

[Setup]
; The AppId identifies this program to Windows across versions: never change it, or an
; upgrade installs a second copy next to the first.
AppId={{6A0C2F5E-3B7D-4C39-9D0E-8E41B2A7C5D1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Badan Pelindungan Pekerja Migran Indonesia
VersionInfoVersion={#AppVersion}
; Program Files for everyone when an administrator installs (the usual office PC); a
; staff member without admin rights can choose "only for me" (their own AppData).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\HaloTKI
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=HaloTKI-Setup-{#AppVersion}
SetupIconFile=halotki.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Qt keeps its DLLs open: ask the Restart Manager to close a running copy before an upgrade.
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup ships no Bahasa Indonesia; drop the unofficial Indonesian.isl from
; https://jrsoftware.org/files/istrans/ next to this script to offer it (listed first, so
; it is chosen on Indonesian Windows).
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder: a Qt plugin or library left over from the
; previous version could otherwise be loaded next to the new ones. Program files only.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "Pengaduan Halo TKI: catat, cetak tanda terima, tangani kasus"
; For support: runs the self-test in a console window that stays open to read the result.
Name: "{group}\{#AppName} - uji mandiri"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#CliExe}"" --self-test"""; WorkingDir: "{app}"; IconFilename: "{app}\{#GuiExe}"; Comment: "Memeriksa bahwa program ini berfungsi (halotki --self-test)"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes the files listed above and the
; folders it created, and leaves %LOCALAPPDATA%\BP2MI\HaloTKI (the staff's data) alone.
