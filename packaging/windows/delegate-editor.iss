; Inno Setup 6 script: installs the PyInstaller folder (dist\delegate-editor) and associates
; .dres drafts with Delegate Editor, so that a double-click opens them with their own icon.
;
;   python -m PyInstaller --noconfirm --clean packaging\delegate-editor.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\delegate-editor.iss
;
; Result: dist\delegate-editor-0.1.0-setup.exe. It installs per user without administrator
; rights by default (HKA = HKCU then), or for all users (HKLM) if the user chooses so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Delegate Editor"
#define ProgId "DelegateEditor.Draft"
#define GuiExe "delegate-editor-gui.exe"
#define DraftIcon "_internal\delegate_editor\_resources\icons\delegate-editor-draft.ico"

[Setup]
AppId={{BB5ACAEA-1B96-4D33-8A64-AFCAF35E7D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Delegate Editor developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\delegate-editor.ico
UninstallDisplayIcon={app}\{#GuiExe}
OutputDir=..\..\dist
OutputBaseFilename=delegate-editor-{#AppVersion}-setup
WizardStyle=modern
Compression=lzma2
SolidCompression=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\delegate-editor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; .dres -> the ProgID; its MIME type as on Linux and macOS
Root: HKA; Subkey: "Software\Classes\.dres"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dres"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-delegate-editor-draft"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.dres\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; the ProgID: a name, the draft icon, and "open" runs the app on the file
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Delegate Editor Draft"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#DraftIcon},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; "Open with" lists the app for drafts
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".dres"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
