# Builds the Windows installer of IOM Desk:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (python.org, "py" launcher or "python" on PATH) and Inno Setup 6.3+ (ISCC.exe).
# Makes its own virtual environment (build\windows\venv), installs the project and PyInstaller from
# PyPI, freezes the app with packaging\iomdesk.spec into build\windows\dist\IOM Desk\, then compiles
# packaging\windows\iomdesk.iss into dist\iomdesk-VERSION-windows-x64-setup.exe.
# The installer installs per user, without administrator rights, to %LOCALAPPDATA%\Programs\IOM Desk.
param(
    [string]$Python = "",  # a python.exe to use; default: "py -3" when the launcher exists, else "python"
    [string]$Iscc = ""     # ISCC.exe; default: Inno Setup 6 in Program Files or the user's Programs
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Build = Join-Path $Root "build\windows"
$Venv = Join-Path $Build "venv"
$Py = Join-Path $Venv "Scripts\python.exe"
$started = Get-Date

New-Item -ItemType Directory -Force -Path $Build | Out-Null
if (-not (Test-Path $Py)) {
    if ($Python) {
        Invoke-Checked $Python @("-m", "venv", $Venv)
    } elseif (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked "py" @("-3", "-m", "venv", $Venv)
    } else {
        Invoke-Checked "python" @("-m", "venv", $Venv)
    }
}
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
# Not editable: PyInstaller must see the installed package (iomdesk.resources exists only there).
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "--force-reinstall", "--no-deps", $Root)
Invoke-Checked $Py @("-m", "pip", "install", "--quiet", "$Root[build]")
$Version = (& $Py -c "import iomdesk; print(iomdesk.__version__)").Trim()

Invoke-Checked $Py @((Join-Path $Root "packaging\windows\make_ico.py"))
Push-Location (Join-Path $Root "packaging")
try {
    Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", (Join-Path $Build "dist"), "--workpath", (Join-Path $Build "work"), "iomdesk.spec")
} finally {
    Pop-Location
}
$App = Join-Path $Build "dist\IOM Desk"
if (-not (Test-Path (Join-Path $App "IOM Desk.exe"))) { throw "PyInstaller made no $App\IOM Desk.exe" }
$frozen = Get-Date

if (-not $Iscc) {
    $candidates = @()
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, "$env:LOCALAPPDATA\Programs")) {
        if ($base) { $candidates += (Join-Path $base "Inno Setup 6\ISCC.exe") }
    }
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Iscc) {
        $cmd = Get-Command ISCC.exe -ErrorAction SilentlyContinue
        if ($cmd) { $Iscc = $cmd.Source }
    }
    if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org or pass -Iscc PATH" }
}
$Out = Join-Path $Root "dist"
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DSourceDir=$App", "/DOutputDir=$Out",
    (Join-Path $Root "packaging\windows\iomdesk.iss"))
$ended = Get-Date

$Setup = Join-Path $Out "iomdesk-$Version-windows-x64-setup.exe"
$appMB = [math]::Round(((Get-ChildItem $App -Recurse -File | Measure-Object Length -Sum).Sum) / 1MB)
$setupMB = [math]::Round((Get-Item $Setup).Length / 1MB)
Write-Host "built $Setup"
Write-Host ("time: {0:N0} s (PyInstaller done after {1:N0} s)" -f ($ended - $started).TotalSeconds, ($frozen - $started).TotalSeconds)
Write-Host "size: app folder $appMB MB, installer $setupMB MB"
Write-Host "try it without installing: & '$App\IOM Desk.exe'"
