// errorcheck

// init and main at package level must be functions.

package main

var init = 1 // ERROR "cannot declare init - must be func"

const main = 2 // ERROR "cannot declare main - must be func"
