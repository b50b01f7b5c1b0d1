; Inno Setup script for hubdesk on Windows (Inno Setup 6). Build the one-folder bundle first
; (dist\hubdesk\ with hubdesk.exe and hubdeskw.exe), then, from the checkout's root:
;
;     iscc /DAppVersion=0.1.0 installer\hubdesk.iss
;
; Output: dist\hubdesk-setup-<version>.exe. See docs\windows-build.md for every step and signing.
; .github\workflows\windows.yml does all of it on a hosted Windows runner.
;
; * Per-machine install into Program Files (admin rights), for every user of the PC.
; * Start-menu entries for the front desk and the kiosk (windowed hubdeskw.exe: no console).
; * Optional task: start the kiosk at log-in (for every user, or pick the kiosk account's
;   Startup folder by hand; see docs\deployment.md).
; * The fleet configuration file can be dropped into %PROGRAMDATA%\hubdesk\ by IT; the installer
;   creates the folder and, when given /CONFIG=path\to\hubdesk.toml, copies that file there.
; * Uninstalling removes the program only: stores, keys, logs and the configuration in
;   %LOCALAPPDATA%\hubdesk and %PROGRAMDATA%\hubdesk stay (they are the hub's records).
; * Silent installs for software deployment: hubdesk-setup.exe /VERYSILENT /NORESTART
;   [/TASKS="kioskautostart,peerfirewall"] [/CONFIG=\\server\share\hubdesk.toml]
;   [/PEERPORT=47633]
; * Optional task "peerfirewall": a Windows Defender Firewall rule letting the hub's other
;   machines reach this one on the hub's network while its internet is down (inbound TCP on the
;   fleet setting `peer_port`, default 47633, /PEERPORT= to change; for hubdeskw.exe and
;   hubdesk.exe only, from the local subnet only, on the Domain and Private profiles only). The
;   uninstaller removes it. See docs\deployment.md, "The hub's own network".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "hubdesk"
#define AppPublisher "hubdesk maintainers"
#define BundleDir "..\dist\hubdesk"

; The bundle must carry the licences (LICENSE.txt and THIRD-PARTY-LICENSES.txt, written by
; installer\third_party_licenses.py after PyInstaller; docs\licensing.md): they are installed with
; the program and named in the Start menu. Refuse to build an installer without them.
#if !FileExists(AddBackslash(SourcePath) + BundleDir + "\THIRD-PARTY-LICENSES.txt")
  #error dist\hubdesk\THIRD-PARTY-LICENSES.txt is missing: run python installer\third_party_licenses.py
#endif

[Setup]
; A fixed AppId: upgrades replace the same installation. Never change it.
AppId={{6B1C9E2A-5D43-4F0B-9C7E-1A2B3C4D5E6F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\hubdesk
DefaultGroupName=hubdesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=hubdesk-setup-{#AppVersion}
SetupIconFile=..\resources\icons\hubdesk.ico
UninstallDisplayIcon={app}\hubdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must not be running while its files are replaced.
CloseApplications=yes
RestartApplications=no
; Sign both the installer and the uninstaller when a SignTool is configured (see docs).
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "kioskautostart"; Description: "Start the kiosk automatically when anyone logs in to this PC"; GroupDescription: "Kiosk:"; Flags: unchecked
Name: "desktopicons"; Description: "Desktop shortcuts for the desk and the kiosk"; GroupDescription: "Shortcuts:"; Flags: unchecked

Name: "peerfirewall"; Description: "Let the hub's other machines reach this one on the local network (a firewall rule for the hub network port, local subnet only)"; GroupDescription: "Hub network:"; Flags: unchecked

[Dirs]
; The fleet configuration folder IT pushes hubdesk.toml into (readable by everyone, writable by admins).
Name: "{commonappdata}\hubdesk"; Flags: uninsneveruninstall

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\installer\hubdesk.toml.example"; DestDir: "{app}"; Flags: ignoreversion
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\hubdesk"; DestName: "hubdesk.toml"; Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: ConfigGiven

[Icons]
Name: "{group}\hubdesk front desk"; Filename: "{app}\hubdeskw.exe"; Parameters: "desk"; WorkingDir: "{app}"; IconFilename: "{app}\hubdesk.exe"; Comment: "Who is in, walk-ins, calls, families and the timetable"
Name: "{group}\hubdesk kiosk"; Filename: "{app}\hubdeskw.exe"; Parameters: "kiosk"; WorkingDir: "{app}"; IconFilename: "{app}\hubdesk.exe"; Comment: "The touch screen families use to sign in and out"
Name: "{group}\hubdesk self-test"; Filename: "{app}\hubdesk.exe"; Parameters: "selftest"; WorkingDir: "{app}"; Comment: "Check this installation works (opens a console)"
Name: "{group}\hubdesk licences"; Filename: "{app}\THIRD-PARTY-LICENSES.txt"; Comment: "hubdesk's licence and those of everything it ships"
Name: "{group}\Uninstall hubdesk"; Filename: "{uninstallexe}"
Name: "{autodesktop}\hubdesk front desk"; Filename: "{app}\hubdeskw.exe"; Parameters: "desk"; IconFilename: "{app}\hubdesk.exe"; Tasks: desktopicons
Name: "{autodesktop}\hubdesk kiosk"; Filename: "{app}\hubdeskw.exe"; Parameters: "kiosk"; IconFilename: "{app}\hubdesk.exe"; Tasks: desktopicons
; The kiosk at log-in, for all users (the common Startup folder).
Name: "{commonstartup}\hubdesk kiosk"; Filename: "{app}\hubdeskw.exe"; Parameters: "kiosk"; WorkingDir: "{app}"; IconFilename: "{app}\hubdesk.exe"; Tasks: kioskautostart

[Run]
; A quick check that the installed copy starts (offscreen, on a throwaway store); silent installs skip it.
Filename: "{app}\hubdesk.exe"; Parameters: "selftest"; Description: "Run the self-test now"; Flags: postinstall skipifsilent unchecked runhidden waituntilterminated

; The firewall rules of the "peerfirewall" task (one per program; deleted and added again on an
; upgrade, so a changed /PEERPORT replaces the old rule).
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""hubdesk hub network"""; Flags: runhidden; Tasks: peerfirewall
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""hubdesk hub network"" dir=in action=allow protocol=TCP localport={code:PeerPort} remoteip=localsubnet profile=domain,private program=""{app}\hubdeskw.exe"""; Flags: runhidden; Tasks: peerfirewall
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""hubdesk hub network"" dir=in action=allow protocol=TCP localport={code:PeerPort} remoteip=localsubnet profile=domain,private program=""{app}\hubdesk.exe"""; Flags: runhidden; Tasks: peerfirewall

[UninstallRun]
; Remove the hub network firewall rules, if the task made them (deleting none is harmless).
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""hubdesk hub network"""; Flags: runhidden; RunOnceId: "DelHubNetworkRule"

[UninstallDelete]
; Only what the program itself left in its own folder (compiled caches). Never the data folders.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function ConfigGiven: Boolean;
begin
  Result := ExpandConstant('{param:CONFIG}') <> '';
end;

// The port of the firewall rule: /PEERPORT= on the command line, else 47633 (the fleet
// setting `peer_port` suggested in docs\deployment.md). Anything but 1024-65535 falls back.
function PeerPort(Param: String): String;
var
  Port: Integer;
begin
  Port := StrToIntDef(ExpandConstant('{param:PEERPORT|47633}'), 47633);
  if (Port < 1024) or (Port > 65535) then
    Port := 47633;
  Result := IntToStr(Port);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox('hubdesk has been removed. The hub''s stores, keys, logs and settings were kept, in ' +
      ExpandConstant('{localappdata}') + '\hubdesk and ' + ExpandConstant('{commonappdata}') +
      '\hubdesk. Delete them by hand only when the hub''s records are no longer needed (and have ' +
      'been synced or backed up).', mbInformation, MB_OK);
end;
