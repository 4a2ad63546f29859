; Inno Setup 6.3+ script of the Windows installer. build_installer.py compiles it when ISCC is
; on the PATH, passing the version (from pyproject.toml) and the folders:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=C:\...\dist\clusterdesk /DOutputDir=C:\...\dist
;        /DOutputBaseFilename=clusterdesk-0.1.0-windows-x64-setup packaging\clusterdesk.iss
; The user's database and settings (in AppData) are never touched by install or uninstall.
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (build_installer.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\clusterdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "clusterdesk-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
AppId={{427BD912-3C26-426D-B014-DD30EB5526FB}
AppName=ClusterDesk
AppVersion={#AppVersion}
AppVerName=ClusterDesk {#AppVersion}
AppPublisher=QazIndustry
DefaultDirName={autopf}\ClusterDesk
DefaultGroupName=ClusterDesk
DisableProgramGroupPage=yes
; Consultants can install without administrator rights; IT installs for all users with
; /ALLUSERS (or chooses it in the dialog).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
SetupIconFile=..\resources\icons\clusterdesk.ico
UninstallDisplayIcon={app}\clusterdesk-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's libraries completely (no stale files of the old version).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; clusterdesk-gui.exe opens the window without a console; clusterdesk.exe is the command line.
Name: "{autoprograms}\ClusterDesk"; Filename: "{app}\clusterdesk-gui.exe"
Name: "{autodesktop}\ClusterDesk"; Filename: "{app}\clusterdesk-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\clusterdesk-gui.exe"; Description: "{cm:LaunchProgram,ClusterDesk}"; Flags: nowait postinstall skipifsilent
