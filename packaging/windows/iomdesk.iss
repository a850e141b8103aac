; Inno Setup 6 script for IOM Desk: a per-user install, no administrator rights.
; Built by packaging\windows\build.ps1, which passes the version and the folders:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=..\..\build\windows\dist\IOM Desk /DOutputDir=..\..\dist iomdesk.iss
; Installs to %LOCALAPPDATA%\Programs\IOM Desk, writes only under HKEY_CURRENT_USER, adds a Start-menu
; shortcut and an uninstaller; .vcf files open in IOM Desk (a task, checked), .csv files only when the
; user ticks that task (unchecked: Excel usually owns .csv).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\dist\IOM Desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
; The executable's name: packaging/iomdesk.spec (APP_NAME on Windows) makes "IOM Desk.exe".
#define AppExe "IOM Desk.exe"
#define ProgId "IOMDesk.ContactFile"

[Setup]
AppId={{2AB64180-F98B-49B6-AD7B-732EBDC7E2FC}
AppName=IOM Desk
AppVersion={#AppVersion}
AppVerName=IOM Desk {#AppVersion}
AppPublisher=International Organization for Migration (IOM)
DefaultDirName={localappdata}\Programs\IOM Desk
DefaultGroupName=IOM Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=iomdesk-{#AppVersion}-windows-x64-setup
SetupIconFile=iomdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=IOM Desk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.AssocGroup=Open files with IOM Desk:
english.AssocVcf=vCard contact files (.vcf)
english.AssocCsv=CSV files (.csv), instead of the program that opens them now
english.FileTypeName=Contacts for IOM Desk
french.AssocGroup=Ouvrir ces fichiers avec IOM Desk :
french.AssocVcf=Fichiers de contacts vCard (.vcf)
french.AssocCsv=Fichiers CSV (.csv), à la place du programme qui les ouvre aujourd'hui
french.FileTypeName=Contacts pour IOM Desk
spanish.AssocGroup=Abrir estos archivos con IOM Desk:
spanish.AssocVcf=Archivos de contactos vCard (.vcf)
spanish.AssocCsv=Archivos CSV (.csv), en lugar del programa que los abre ahora
spanish.FileTypeName=Contactos para IOM Desk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assocvcf"; Description: "{cm:AssocVcf}"; GroupDescription: "{cm:AssocGroup}"
Name: "assoccsv"; Description: "{cm:AssocCsv}"; GroupDescription: "{cm:AssocGroup}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\IOM Desk"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\IOM Desk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The file type (ProgID), only under HKCU\Software\Classes; removed with the app.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: assocvcf or assoccsv
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: assocvcf or assoccsv
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assocvcf or assoccsv
; .vcf (task checked by default)
Root: HKCU; Subkey: "Software\Classes\.vcf"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: assocvcf
Root: HKCU; Subkey: "Software\Classes\.vcf\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: assocvcf
; .csv (only by choice: the task is unchecked)
Root: HKCU; Subkey: "Software\Classes\.csv"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: assoccsv
Root: HKCU; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: assoccsv
; "Open with" lists IOM Desk for both types in any case (no default taken). The whole key goes at
; uninstall (Inno deletes nothing it wrote unless told): no "Open with" entry left on a deleted exe.
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vcf"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,IOM Desk}"; Flags: nowait postinstall skipifsilent
