// This file forgot its class.
// ^1 SUB-S001
import Exchange from './base/Exchange.js';
