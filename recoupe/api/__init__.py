"""recoupe.api"""
