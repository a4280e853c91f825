#!/bin/sh
# Draws the app's icons (assets/icon-16.png ... icon-256.png) with the project's own renderer: the seed's network
# after 1000 epochs, its decision field and the ring-shaped boundary. Run from the project folder after
# ./mvnw package; the window takes them from the jar, ./mvnw -Pdist package gives icon-256.png to jpackage.
set -e
cd "$(dirname "$0")/.."
java -Djava.awt.headless=true -cp target/boundary-lab.jar dev.boundarylab.cli.AppIcons assets
