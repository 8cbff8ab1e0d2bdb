; Inno Setup script of the Windows installer (Inno Setup 6). Build the folder app first:
;   python tools/build_app.py
;   iscc /DAppVersion=0.1.0 packaging\windows\contactdesk.iss
; writes dist\ContactDesk-<version>-windows-setup.exe. Paths below are relative to this file.
;
; Installs for the current user without administrator rights (or for all users, asked in the dialog),
; adds ContactDesk to the Start menu, and opens .contactdesk files (and offers to open .sqlite files)
; in ContactDesk: Explorer passes the file's path, which the app opens as its database.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "ContactDesk.exe"
#define ProgId "ContactDesk.Database"

[Setup]
AppId={{6F0C3E2A-8B1D-4C7E-9A55-3D2B7E41C9A0}
AppName=ContactDesk
AppVersion={#AppVersion}
AppVerName=ContactDesk {#AppVersion}
AppPublisher=ContactDesk developers
DefaultDirName={autopf}\ContactDesk
DefaultGroupName=ContactDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=ContactDesk-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\contactdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole folder app: ContactDesk.exe (windowed), contactdesk-cli.exe (the command line) and _internal.
Source: "..\..\dist\ContactDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program folder's libraries as a whole: no stale file of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\ContactDesk"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\ContactDesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA: the current user's classes, or the machine's when installing for all users.
Root: HKA; Subkey: "Software\Classes\.contactdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.contactdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "ContactDesk database"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".contactdesk"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,ContactDesk}"; Flags: nowait postinstall skipifsilent
