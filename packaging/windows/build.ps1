# Builds the Windows installer: dist\HaloTKI (PyInstaller one folder), then checks it
# (packaging\smoke.py: self-test, login window offscreen), then dist\HaloTKI-Setup-<version>.exe.
#
# Needs: 64-bit Python 3.11 from python.org (the "py" launcher), Inno Setup 6.3 or newer.
# Run in PowerShell from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
param(
    [string]$Iscc = ""  # path to ISCC.exe; found in Program Files when empty
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Invoke-Checked {
    # PowerShell does not stop on a failing program by itself.
    & $args[0] @($args | Select-Object -Skip 1)
    if ($LASTEXITCODE -ne 0) { throw "$($args[0]) failed with exit code $LASTEXITCODE" }
}

$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) { Invoke-Checked py -3.11 -m venv .venv }
Invoke-Checked $py -m pip install --quiet --upgrade pip
Invoke-Checked $py -m pip install --quiet -e ".[dev]"

# The Qt catalogues are build products (make translations on Linux).
Get-ChildItem desktop\ui\translations\*.ts | ForEach-Object {
    Invoke-Checked .venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}

Invoke-Checked .venv\Scripts\pyinstaller.exe --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\halotki.spec
Invoke-Checked $py packaging\smoke.py dist\HaloTKI --screenshot build\smoke\login.png

$version = & $py -c "import sys; sys.path.insert(0, 'packaging'); import pyi_common; print(pyi_common.project_version())"
if ($LASTEXITCODE -ne 0) { throw "could not read the version from pyproject.toml" }

if (-not $Iscc) {
    $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found; pass -Iscc C:\path\to\ISCC.exe" }
}
Invoke-Checked $Iscc "/DAppVersion=$version" packaging\windows\halotki.iss
Write-Host "Installer: dist\HaloTKI-Setup-$version.exe"
